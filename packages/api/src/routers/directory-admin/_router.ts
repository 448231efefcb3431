import { router } from '../../trpc.ts';
import { importCommit } from './import-commit.ts';
import { importPreview } from './import-preview.ts';
import { placeProfile } from './place-profile.ts';
import { updateProfile } from './update-place-profile.ts';

/** The admin console's directory: national standard import (network admins), place profiles (managers). */
export const directoryAdminRouter = router({ importPreview, importCommit, placeProfile, updateProfile });
