/**
 * The shell, as Zalo's templates lay it out: App › SnackbarProvider › ZMPRouter › AnimationRoutes.
 * The memory router works under any path (inside Zalo at /zapps/<appId>/, under /mini-app/ on
 * bot-server, or on the Vite dev server), so a reload never lands on an unknown URL; the
 * resident's place in a flow is restored from storage instead.
 */
import { App as ZaloApp, AnimationRoutes, Route, SnackbarProvider, ZMPRouter } from 'zmp-ui';
import { LanguageProvider } from '../i18n/language-context';
import { RestoreLocation } from './restore-location';
import { lazyRoute } from './lazy-route';
// The first screen ships with the app's code: loading it lazily would cost a round trip on a slow link.
import HomePage from '../features/home/home-page';

const ProcedurePage = lazyRoute(() => import('../features/procedure/procedure-page'));
const WizardPage = lazyRoute(() => import('../features/wizard/wizard-page'));
const FilingsPage = lazyRoute(() => import('../features/filings/filings-page'));
const FilingPage = lazyRoute(() => import('../features/filings/filing-page'));
const PrivacyPage = lazyRoute(() => import('../features/privacy/privacy-page'));
const BookAppointmentPage = lazyRoute(() => import('../features/appointments/book-appointment-page'));
const MyAppointmentsPage = lazyRoute(() => import('../features/appointments/my-appointments-page'));
const MoveAppointmentPage = lazyRoute(() => import('../features/appointments/move-appointment-page'));

export function App() {
  return (
    <LanguageProvider>
      <ZaloApp>
        <SnackbarProvider>
          <ZMPRouter memoryRouter>
            <RestoreLocation />
            <AnimationRoutes>
              <Route path="/" element={<HomePage />} />
              <Route path="/procedures/:id" element={<ProcedurePage />} />
              <Route path="/procedures/:id/steps" element={<WizardPage />} />
              <Route path="/filings" element={<FilingsPage />} />
              <Route path="/filings/:reference" element={<FilingPage />} />
              <Route path="/privacy" element={<PrivacyPage />} />
              <Route path="/procedures/:id/appointment" element={<BookAppointmentPage />} />
              <Route path="/appointments" element={<MyAppointmentsPage />} />
              <Route path="/appointments/:id/move" element={<MoveAppointmentPage />} />
              <Route path="*" element={<HomePage />} />
            </AnimationRoutes>
          </ZMPRouter>
        </SnackbarProvider>
      </ZaloApp>
    </LanguageProvider>
  );
}
