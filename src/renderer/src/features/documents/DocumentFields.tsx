import { Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { Calendar } from '../../../../shared/dates';
import { DOCUMENT_TYPES } from '../../../../shared/evidence-items';
import { useEvidenceFieldError } from '../evidence/field-error';
import { inLanguage } from '../evidence/format';
import { filterByTerms } from '../evidence/option-filter';
import { DatePartsField } from '../interviews/DatePartsField';
import { useUiLanguage } from '../interviews/language';
import type { DocumentFormValues } from './document-form';

export type Agency = ChannelOutput<'reference.agencies'>[number];
export type LegalInstrument = ChannelOutput<'reference.legalInstruments'>[number];

interface DocumentFieldsProps {
  form: UseFormReturn<DocumentFormValues>;
  calendar: Calendar;
  agencies: readonly Agency[];
  instruments: readonly LegalInstrument[];
}

/** What the document is: titles, type, issuer, legal instrument, date and citation. */
export function DocumentFields({ form, calendar, agencies, instruments }: DocumentFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = useEvidenceFieldError();
  const { errors } = form.formState;

  const agencyOptions = useMemo(
    () =>
      agencies.map((agency) => ({
        value: agency.code,
        label: `${inLanguage(agency.abbreviation, language)} – ${inLanguage(agency.name, language)}`,
      })),
    [agencies, language],
  );
  const agencyTexts = useMemo(
    () =>
      new Map(
        agencies.map((agency) => [agency.code, [agency.code, agency.name.en, agency.name.th, agency.abbreviation.en, agency.abbreviation.th]]),
      ),
    [agencies],
  );
  const instrumentOptions = useMemo(
    () => instruments.map((instrument) => ({ value: instrument.code, label: inLanguage(instrument.title, language) })),
    [instruments, language],
  );
  const instrumentTexts = useMemo(
    () =>
      new Map(
        instruments.map((instrument) => [
          instrument.code,
          [instrument.code, instrument.title.en, instrument.title.th, String(instrument.yearBE ?? ''), String(instrument.yearCE ?? '')],
        ]),
      ),
    [instruments],
  );
  // Titles are validated together: either one is enough.
  const titleOptions = { onChange: () => void form.trigger(['title.en', 'title.th']) };

  return (
    <Fieldset legend={t('documents.editor.sections.document')} variant="filled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('documents.editor.titleEn')}
            description={t('documents.editor.titleHint')}
            lang="en"
            error={fieldError(errors.title?.en)}
            {...form.register('title.en', titleOptions)}
          />
          <TextInput
            label={t('documents.editor.titleTh')}
            description={t('documents.editor.titleHint')}
            lang="th"
            error={fieldError(errors.title?.th)}
            {...form.register('title.th', titleOptions)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="docType"
            render={({ field }) => (
              <Select
                label={t('documents.editor.type')}
                required
                allowDeselect={false}
                data={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`documents.types.${type}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldError(errors.docType)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="documentDate"
            render={({ field }) => (
              <DatePartsField
                label={t('documents.editor.documentDate')}
                description={t('documents.editor.documentDateHint')}
                precision="day"
                calendar={calendar}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={fieldError(errors.documentDate)}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="issuerAgencyCode"
          render={({ field }) => (
            <Select
              label={t('documents.editor.issuer')}
              placeholder={t('documents.editor.issuerPlaceholder')}
              nothingFoundMessage={t('documents.editor.nothingFound')}
              searchable
              clearable
              data={agencyOptions}
              filter={({ options, search }) => filterByTerms(options, search, (code) => agencyTexts.get(code) ?? [])}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              maxDropdownHeight={320}
              error={fieldError(errors.issuerAgencyCode)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="legalInstrumentCode"
          render={({ field }) => (
            <Select
              label={t('documents.editor.instrument')}
              placeholder={t('documents.editor.instrumentPlaceholder')}
              nothingFoundMessage={t('documents.editor.nothingFound')}
              searchable
              clearable
              data={instrumentOptions}
              filter={({ options, search }) => filterByTerms(options, search, (code) => instrumentTexts.get(code) ?? [])}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              maxDropdownHeight={320}
              error={fieldError(errors.legalInstrumentCode)}
            />
          )}
        />
        <TextInput
          label={t('documents.editor.reference')}
          description={t('documents.editor.referenceHint')}
          error={fieldError(errors.reference)}
          {...form.register('reference')}
        />
      </Stack>
    </Fieldset>
  );
}
