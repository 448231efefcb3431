import { markAttendanceForm } from '@rf/domain/booking/attendance';
import { Alert, Button, EmptyState, FormErrorSummary, PageHeader, RadioGroup } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { Fragment } from 'react';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/seances.$id.presences';

// A session's attendance sheet, for the place's managers on a phone: one row per confirmed person with
// three big choices (seen, excused, no-show), one button for the whole list. A plain form: works without
// JavaScript; after saving, the page comes back with what was saved (post, redirect, get).

const MARKS = ['seen', 'excused', 'noshow'] as const;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  // Forbidden is a 403, an unknown session a 404, an outage the "try again" page (withPageErrors).
  const sheet = await api.attendance.sessionAttendance({ sessionId: params.id });
  const saved = new URL(request.url).searchParams.has('enregistre');
  const meta = metaOf(t, { title: ['attendance.meta_title', { title: sheet.session.title }] });
  return data({ sheet, saved, meta }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  // The session is the address's; the rows are `marks[0].bookingId` and `marks[0].attendance`.
  formData.set('sessionId', params.id);
  const parsed = parseForm(markAttendanceForm, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.attendance.mark(parsed.data);
    return redirect(`/seances/${params.id}/presences?enregistre`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function SessionAttendance({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { sheet, saved } = loaderData;
  const { session, people, open } = sheet;
  // A row's error is shown on its group; the summary links there (none marked: to the first group).
  const rowId = (index: number) => `p-${people[index]?.bookingId ?? people[0]?.bookingId}`;
  const { errorOf, errors, value, formError } = useFormFailure(actionData, {
    fieldId: (name) => rowId(Number(/^marks\[(\d+)\]/.exec(name)?.[1] ?? 0)),
  });
  const counts = Object.fromEntries(
    MARKS.map((mark) => [mark, people.filter((p) => p.attendance === mark).length]),
  ) as Record<(typeof MARKS)[number], number>;
  const unmarked = people.filter((p) => p.attendance === null).length;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={t('attendance.title')}
        lead={t('attendance.lead', {
          title: session.title,
          date: format.dateTime(session.startsAt),
          place: session.placeName,
        })}
      />
      <p>
        <a href="/">{t('attendance.back')}</a>
      </p>
      {saved && !actionData ? <Alert kind="success" title={t('attendance.saved')} /> : null}
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} /> : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      {session.cancelled ? <Alert kind="warning" title={t('attendance.session_cancelled')} /> : null}
      {!open && !session.cancelled ? (
        <Alert kind="info" title={t('attendance.not_open', { date: format.date(session.startsAt) })} />
      ) : null}

      {people.length === 0 ? (
        <EmptyState title={t('attendance.empty_title')} headingLevel={2}>
          <p>{t('attendance.empty_body')}</p>
        </EmptyState>
      ) : (
        <>
          <p>
            {t('attendance.summary', {
              seen: format.number(counts.seen),
              excused: format.number(counts.excused),
              noshow: format.number(counts.noshow),
              unmarked: format.number(unmarked),
            })}
          </p>
          {open ? (
            <Form method="post">
              {people.map((person, index) => {
                const row = `marks[${index}]`;
                return (
                  <Fragment key={person.bookingId}>
                    <input type="hidden" name={`${row}.bookingId`} value={person.bookingId} />
                    <RadioGroup
                      id={rowId(index)}
                      name={`${row}.attendance`}
                      inline
                      legend={person.firstName}
                      hint={
                        [
                          person.comingConfirmed ? t('attendance.coming_confirmed') : null,
                          person.prescriberName
                            ? t('attendance.booked_by', { name: person.prescriberName })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(' · ') || undefined
                      }
                      defaultValue={value(`${row}.attendance`, person.attendance ?? '')}
                      options={MARKS.map((mark) => ({ value: mark, label: t(`attendance.mark.${mark}`) }))}
                      error={errorOf(`${row}.attendance`) ?? errorOf(`${row}.bookingId`)}
                    />
                  </Fragment>
                );
              })}
              <Button type="submit" block>
                {t('attendance.submit')}
              </Button>
            </Form>
          ) : (
            <ul>
              {people.map((person) => (
                <li key={person.bookingId}>{person.firstName}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
