/**
 * HTTP contracts of the one-stop desk's settings, which admins edit in the console: office hours
 * (the chat tells residents outside them when an official will answer) and canned replies.
 */
import { z } from 'zod';

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ viết dạng HH:MM, ví dụ 07:30.')
  .meta({ description: 'Local time (Vietnam), HH:MM', example: '07:30' });

export const officeHoursSchema = z
  .object({ open: clockTime, close: clockTime })
  .refine((hours) => hours.open < hours.close, { message: 'Giờ mở cửa phải sớm hơn giờ đóng cửa.', path: ['close'] })
  .meta({ description: 'Opening hours Monday to Friday, except public holidays' });
export type OfficeHoursSetting = z.infer<typeof officeHoursSchema>;

export const officeHoursResponseSchema = z.object({
  hours: officeHoursSchema,
  openNow: z.boolean(),
  nextOpen: z.object({ date: z.string().meta({ description: 'Local date YYYY-MM-DD' }), time: clockTime }),
});

/** An admin's new list of canned replies (the list itself is read with cannedRepliesResponseSchema); ids are made by the server. */
export const cannedRepliesRequestSchema = z.object({
  items: z
    .array(z.object({ title: z.string().trim().min(1).max(60), text: z.string().trim().min(1).max(2000) }))
    .max(30, 'Tối đa 30 câu trả lời mẫu.'),
});
