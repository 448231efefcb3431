// What client code may import: types only, so no server code reaches a browser bundle.

export type { AppErrorShape } from './errors.ts';
export type { AppRouter } from './root.ts';
export type { PlaceSessionDto } from './routers/home/home.dto.ts';
export type {
  ActivityDetailsDto,
  ActivitySessionDto,
  SessionPreviewDto,
} from './routers/publishing/publishing.dto.ts';
