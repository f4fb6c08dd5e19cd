/** The errors an official can meet when publishing or cancelling appointment slots, with stable codes. */
import { BadRequestError, HttpError, NotFoundError } from '../app/http-errors';
import { MAX_PUBLISH_DAYS } from '../../shared/api/appointment-api-schemas';

export const appointmentConsoleErrors = {
  dateInPast: () =>
    new BadRequestError('DATE_IN_PAST', 'Không thể mở lịch hẹn cho ngày đã qua. Hãy chọn ngày bắt đầu từ hôm nay trở đi.', 'Cannot publish slots for past days. Start from today or later.'),
  rangeTooLong: () =>
    new BadRequestError(
      'RANGE_TOO_LONG',
      `Mỗi lần chỉ mở lịch hẹn cho tối đa ${MAX_PUBLISH_DAYS} ngày. Hãy chia thành nhiều lần.`,
      `Publish at most ${MAX_PUBLISH_DAYS} days at a time. Split it into several publications.`,
    ),
  noSlots: () =>
    new BadRequestError(
      'NO_SLOTS_TO_PUBLISH',
      'Không có khung giờ nào để mở: các ngày đã chọn đều là cuối tuần, ngày lễ hoặc đã qua giờ, hoặc khoảng giờ ngắn hơn một lượt hẹn. Hãy chọn lại ngày hoặc giờ.',
      'There is no slot to publish: the chosen days are weekends, holidays or already past, or the hours are shorter than one slot. Choose other days or hours.',
    ),
  procedureNotBookable: (id: string) =>
    new BadRequestError(
      'PROCEDURE_NOT_BOOKABLE',
      `Thủ tục "${id}" không có trong danh mục hoặc không cần người dân đến trực tiếp, nên không mở lịch hẹn được. Hãy bỏ thủ tục này khỏi danh sách.`,
      `Procedure "${id}" is not in the catalog or needs no in-person visit, so it cannot take appointments. Remove it from the list.`,
    ),
  slotNotFound: () => new NotFoundError('SLOT_NOT_FOUND', 'Không tìm thấy khung giờ hẹn này. Hãy tải lại danh sách rồi thử lại.', 'No such slot. Reload the list and try again.'),
  slotAlreadyCancelled: () => new HttpError(409, 'SLOT_ALREADY_CANCELLED', 'Khung giờ hẹn này đã được hủy trước đó. Hãy tải lại danh sách.', 'This slot was already cancelled. Reload the list.'),
};
