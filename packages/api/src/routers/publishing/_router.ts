import { router } from '../../trpc.ts';
import { activity } from './activity.ts';
import { addSessions } from './add-sessions.ts';
import { cancelSession } from './cancel-session.ts';
import { createActivity } from './create-activity.ts';
import { list } from './list.ts';
import { places } from './places.ts';
import { previewSessions } from './preview-sessions.ts';
import { setStatus } from './set-status.ts';
import { updateActivity } from './update-activity.ts';
import { updateSession } from './update-session.ts';

export const publishingRouter = router({
  list,
  places,
  activity,
  createActivity,
  updateActivity,
  setStatus,
  previewSessions,
  addSessions,
  updateSession,
  cancelSession,
});
