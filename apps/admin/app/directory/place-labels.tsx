import type { Caller } from '@rf/api';
import { Button, DataTable, SelectField, TextField } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';

type PlaceAdminView = Awaited<ReturnType<Caller['directoryAdmin']['placeAdmin']>>;
type LabelIntent = 'grant' | 'end';

/**
 * A place's labels on its administration page: each with a form to set its end, then the form to grant one.
 * `typedValue` and `errorOf` give back what the form of that intent sent, and its errors.
 */
export function PlaceLabels({
  labels,
  options,
  typedValue,
  errorOf,
}: {
  labels: PlaceAdminView['place']['labels'];
  options: Pick<PlaceAdminView['options'], 'labels' | 'waves'>;
  typedValue: (intent: LabelIntent, field: string) => string;
  errorOf: (intent: LabelIntent, field: string) => string | undefined;
}) {
  const t = useT();
  // The end date typed belongs to the label whose form was sent.
  const sentFor = (placeLabelId: string) => typedValue('end', 'placeLabelId') === placeLabelId;
  return (
    <section aria-labelledby="labels">
      <h2 id="labels">{t('directory_admin.place.labels_title')}</h2>
      <DataTable
        caption={t('directory_admin.place.labels_caption')}
        captionHidden
        columns={[
          {
            key: 'label',
            header: t('directory_admin.place.label'),
            rowHeader: true,
            cell: (l) => l.labelName,
          },
          { key: 'wave', header: t('directory_admin.place.wave'), cell: (l) => l.waveName ?? '' },
          { key: 'granted', header: t('directory_admin.place.granted_on'), cell: (l) => l.grantedOn },
          {
            key: 'ends',
            header: t('directory_admin.place.ends_on_column'),
            cell: (l) => (
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="end" />
                <input type="hidden" name="placeLabelId" value={l.id} />
                <TextField
                  id={`endsOn-${l.id}`}
                  name="endsOn"
                  type="date"
                  label={t('directory_admin.place.end_label', { label: l.labelName })}
                  defaultValue={sentFor(l.id) ? typedValue('end', 'endsOn') : (l.endsOn ?? '')}
                  error={sentFor(l.id) ? errorOf('end', 'endsOn') : undefined}
                />
                <Button type="submit" variant="secondary">
                  {t('directory_admin.place.end_submit')}
                </Button>
              </Form>
            ),
          },
        ]}
        rows={labels}
        rowKey={(l) => l.id}
        emptyMessage={t('directory_admin.place.labels_none')}
      />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="grant" />
        <SelectField
          id="labelId"
          name="labelId"
          label={t('directory_admin.place.label')}
          required
          requiredLabel={t('form.required')}
          placeholder={t('directory_admin.place.choose_label')}
          options={options.labels.map((l) => ({ value: l.id, label: l.name }))}
          defaultValue={typedValue('grant', 'labelId')}
          error={errorOf('grant', 'labelId')}
        />
        <TextField
          id="grantedOn"
          name="grantedOn"
          type="date"
          label={t('directory_admin.place.granted_on')}
          required
          requiredLabel={t('form.required')}
          defaultValue={typedValue('grant', 'grantedOn')}
          error={errorOf('grant', 'grantedOn')}
        />
        <TextField
          id="endsOn"
          name="endsOn"
          type="date"
          label={t('directory_admin.place.ends_on')}
          defaultValue={typedValue('grant', 'endsOn')}
          error={errorOf('grant', 'endsOn')}
        />
        <SelectField
          id="waveId"
          name="waveId"
          label={t('directory_admin.place.wave')}
          placeholder={t('directory_admin.place.no_wave')}
          options={options.waves.map((w) => ({ value: w.id, label: w.name }))}
          defaultValue={typedValue('grant', 'waveId')}
          error={errorOf('grant', 'waveId')}
        />
        <Button type="submit">{t('directory_admin.place.grant')}</Button>
      </Form>
    </section>
  );
}
