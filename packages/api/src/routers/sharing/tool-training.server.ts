// A tool's required training is one of its own place's: attending it qualifies people for the tool, and
// the tool's managers read who is qualified, so a training of another place would hand that place's
// trainees' names to them. The database refuses it too (`tools_training_of_the_place`, decision 031);
// here it is said in the form's words, next to the field.

import type { Tx } from '@rf/db/rls';
import { findActivityPlaceId } from '@rf/db/sharing/tools.repository';
import { fieldError } from '../directory-admin/field-error.ts';

const FIELD = 'requiredTrainingActivityId';
const MESSAGE = 'validation.sharing.training_other_place';

/** Refuses a required training that is not an activity of the place (an unknown one included). */
export async function assertTrainingOfPlace(
  tx: Tx,
  placeId: string,
  trainingId: string | null | undefined,
): Promise<void> {
  if (!trainingId) return;
  if ((await findActivityPlaceId(tx, trainingId)) !== placeId) throw fieldError(FIELD, MESSAGE);
}

/** Runs a write of a tool and turns the database's refusal of another place's training into the same error. */
export async function withTrainingOfPlace<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const message = (error as { message?: unknown } | null)?.message;
    if (typeof message === 'string' && message.startsWith('tool_training_other_place'))
      throw fieldError(FIELD, MESSAGE);
    throw error;
  }
}
