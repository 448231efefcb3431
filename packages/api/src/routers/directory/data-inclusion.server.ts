import type { DataInclusionTexts } from '@rf/domain/open-data/data-inclusion';
import type { Translate } from '@rf/i18n';

/**
 * The French texts of the data·inclusion records that our data does not hold (the appointment service's
 * name…), from the catalogue: the register is French, whatever the visitor's language.
 */
export function dataInclusionTexts(t: Translate): DataInclusionTexts {
  return {
    appointmentName: t('reporting_export.data_inclusion.appointment_name'),
    appointmentDescription: (place) =>
      t('reporting_export.data_inclusion.appointment_description', { place }),
    toolDescription: (tool) => t('reporting_export.data_inclusion.tool_description', { tool }),
    price: (euros) => t('reporting_export.data_inclusion.price', { euros }),
    deposit: (euros) => t('reporting_export.data_inclusion.deposit', { euros }),
  };
}
