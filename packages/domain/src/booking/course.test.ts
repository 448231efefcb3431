import { describe, expect, it } from 'vitest';
import { courseBookingRefusal } from './course.ts';

describe('course booking', () => {
  it('books any session of an activity booked session by session', () => {
    expect(courseBookingRefusal({ scope: 'session', firstSessionId: 'a' }, 'b')).toBeNull();
  });

  it('books a course from its first session only', () => {
    expect(courseBookingRefusal({ scope: 'course', firstSessionId: 'a' }, 'a')).toBeNull();
    expect(courseBookingRefusal({ scope: 'course', firstSessionId: 'a' }, 'b')).toBe('course_booking_only');
    expect(courseBookingRefusal({ scope: 'course', firstSessionId: null }, 'b')).toBe('course_booking_only');
  });
});
