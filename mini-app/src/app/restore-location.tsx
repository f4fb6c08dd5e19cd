/**
 * Closing the app and coming back puts the resident back in the flow they were in: the memory
 * router always starts at "/", so the first render moves on to the remembered flow, or to the
 * one a link from the OA chat names.
 */
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'zmp-ui';
import { forgetFlow, isFlowPath, lastFlow, linkedFlow, rememberFlow } from '../lib/last-flow';

export function RestoreLocation() {
  const location = useLocation();
  const navigate = useNavigate();
  const restored = useRef(false);

  useEffect(() => {
    if (!restored.current) {
      restored.current = true;
      const last = linkedFlow(window.location.search) ?? lastFlow();
      if (location.pathname === '/' && last) {
        navigate(last, { animate: false });
        return;
      }
    }
    if (isFlowPath(location.pathname)) rememberFlow(location.pathname);
    else if (location.pathname === '/' || location.pathname.startsWith('/filings')) forgetFlow();
  }, [location.pathname, navigate]);

  return null;
}
