import type { SessionPreviewDto } from '@rf/api/client';
import {
  cancelSessionInput,
  sessionPlanInput,
  updateActivityInput,
  updateSessionInput,
} from '@rf/domain/catalogue/publishing.schema';
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from 'react-router';
import { pageError, withPageErrors } from '../server/page-errors.ts';
import {
  type PublishingFailure,
  parsePublishingForm,
  publishingFailure,
  signedInScope,
  typedValues,
} from './activity-shared.server.ts';

/** Short notices after a redirect, read from the address (so a reload shows them again, harmlessly). */
function noticesOf(url: URL) {
  const number = (name: string) => {
    const value = url.searchParams.get(name);
    return value === null || !/^\d+$/.test(value) ? null : Number(value);
  };
  return {
    created: url.searchParams.has('cree'),
    saved: url.searchParams.has('enregistre'),
    published: url.searchParams.has('publie'),
    unpublished: url.searchParams.has('brouillon'),
    sessionSaved: url.searchParams.has('seance-modifiee'),
    added: number('ajoutees'),
    skipped: number('ignorees'),
    cancelledBookings: number('annulee'),
    toCall: url.searchParams.get('appeler'),
  };
}

export const loader = withPageErrors(async ({ request, params }: LoaderFunctionArgs) => {
  const scope = await signedInScope(request);
  const { api, headers, t, base } = scope;
  const activityId = params.id ?? '';
  const activity = await api.publishing
    .activity({ activityId })
    .catch((error: unknown) => pageError(error, request));
  const url = new URL(request.url);
  const editedSessionId = url.searchParams.get('seance');
  return data(
    {
      kind: 'activity' as const,
      base,
      activity,
      notices: noticesOf(url),
      editedSession:
        activity.sessions.find((s) => s.id === editedSessionId && !s.cancelled && !s.past) ?? null,
      title: t('publishing.meta_title', { page: activity.values.title }),
    },
    { headers },
  );
});

export type ActivityActionData =
  | ({ intent: 'update' | 'publish' | 'create-sessions' | 'cancel-session' } & PublishingFailure)
  | ({ intent: 'update-session'; sessionId: string } & PublishingFailure)
  | ({ intent: 'preview' } & PublishingFailure)
  | {
      intent: 'preview';
      ok: true;
      preview: SessionPreviewDto;
      values: Record<string, string>;
      lists: Record<string, string[]>;
    };

/** One page, several forms: each posts its `intent`; failures come back to the form that was sent. */
export const action = withPageErrors(async ({ request, params }: ActionFunctionArgs) => {
  const { api, headers, base } = await signedInScope(request);
  const activityId = params.id ?? '';
  const page = `${base}/${activityId}`;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const fail = (failure: PublishingFailure, extra: Record<string, string> = {}) =>
    data({ intent, ...extra, ...failure } as ActivityActionData, { status: 400, headers });
  try {
    switch (intent) {
      case 'update': {
        const parsed = parsePublishingForm(updateActivityInput, formData, { activityId });
        if (!parsed.ok) return fail(parsed);
        await api.publishing.updateActivity(parsed.data);
        return redirect(`${page}?enregistre=1`, { headers });
      }
      case 'publish':
      case 'unpublish': {
        const status = intent === 'publish' ? 'published' : 'draft';
        await api.publishing.setStatus({ activityId, status });
        return redirect(`${page}?${intent === 'publish' ? 'publie' : 'brouillon'}=1`, { headers });
      }
      case 'preview': {
        const parsed = parsePublishingForm(sessionPlanInput, formData, { activityId });
        if (!parsed.ok) return fail(parsed);
        const preview = await api.publishing.previewSessions(parsed.data);
        return data(
          { intent: 'preview', ok: true, preview, ...typedValues(formData) } as ActivityActionData,
          {
            headers,
          },
        );
      }
      case 'create-sessions': {
        const parsed = parsePublishingForm(sessionPlanInput, formData, { activityId });
        if (!parsed.ok) return fail(parsed);
        const { added, skipped } = await api.publishing.addSessions(parsed.data);
        return redirect(`${page}?ajoutees=${added}&ignorees=${skipped}#seances`, { headers });
      }
      case 'update-session': {
        const sessionId = String(formData.get('sessionId') ?? '');
        const parsed = parsePublishingForm(updateSessionInput, formData);
        if (!parsed.ok) return fail(parsed, { sessionId });
        await api.publishing.updateSession(parsed.data);
        return redirect(`${page}?seance-modifiee=1#seances`, { headers });
      }
      case 'cancel-session': {
        const parsed = parsePublishingForm(cancelSessionInput, formData);
        if (!parsed.ok) return fail(parsed);
        const result = await api.publishing.cancelSession(parsed.data);
        const toCall =
          result.toCall.length > 0 ? `&appeler=${encodeURIComponent(result.toCall.join(', '))}` : '';
        return redirect(`${page}?annulee=${result.cancelledBookings}${toCall}#seances`, { headers });
      }
      default:
        return fail({
          ok: false,
          formError: 'errors.invalid_input',
          fieldErrors: {},
          ...typedValues(formData),
        });
    }
  } catch (error) {
    const sessionId = String(formData.get('sessionId') ?? '');
    return fail(publishingFailure(error, formData), intent === 'update-session' ? { sessionId } : {});
  }
});
