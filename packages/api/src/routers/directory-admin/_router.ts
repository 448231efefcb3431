import { router } from '../../trpc.ts';
import { addPlacePhoto } from './add-place-photo.ts';
import { confirmStillCorrect } from './confirm-still-correct.ts';
import { createPlace } from './create-place.ts';
import { dataInclusionQuality } from './data-inclusion-quality.ts';
import { deletePlacePhoto } from './delete-place-photo.ts';
import { endLabel } from './end-label.ts';
import { grantLabel } from './grant-label.ts';
import { hidePlace } from './hide-place.ts';
import { importCommit } from './import-commit.ts';
import { importPreview } from './import-preview.ts';
import { listPlaces } from './list-places.ts';
import { mergePlaces } from './merge-places.ts';
import { mergePreview } from './merge-preview.ts';
import { movePlacePhoto } from './move-place-photo.ts';
import { placeAdmin } from './place-admin.ts';
import { placeProfile } from './place-profile.ts';
import { restorePlace } from './restore-place.ts';
import { setHub } from './set-hub.ts';
import { setPlaceStatus } from './set-place-status.ts';
import { stalePlaces } from './stale-places.ts';
import { updateProfile } from './update-place-profile.ts';

/**
 * The admin console's directory: national standard import and place actions (network admins), place
 * profiles (managers).
 */
export const directoryAdminRouter = router({
  importPreview,
  importCommit,
  placeProfile,
  updateProfile,
  listPlaces,
  createPlace,
  placeAdmin,
  setPlaceStatus,
  hidePlace,
  restorePlace,
  grantLabel,
  endLabel,
  setHub,
  addPlacePhoto,
  movePlacePhoto,
  deletePlacePhoto,
  mergePreview,
  mergePlaces,
  confirmStillCorrect,
  stalePlaces,
  dataInclusionQuality,
});
