import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseStrength } from './PassphraseStrength';

export interface PassphraseInputProps extends PasswordInputProps {
  ref?: Ref<HTMLInputElement>;
  /** When given, a strength meter for this value is shown under the field (for new passphrases). */
  strengthOf?: string | undefined;
  userInputs?: string[] | undefined;
}

/** A passphrase field: never spell-checked or autocompleted, with an optional strength meter. */
export function PassphraseInput({ strengthOf, userInputs, ref, ...props }: PassphraseInputProps) {
  const { t } = useTranslation();
  return (
    <div>
      <PasswordInput
        ref={ref}
        autoComplete={strengthOf === undefined ? 'current-password' : 'new-password'}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        visibilityToggleButtonProps={{ 'aria-label': t('passphrase.show') }}
        {...props}
      />
      {strengthOf !== undefined && <PassphraseStrength value={strengthOf} userInputs={userInputs} />}
    </div>
  );
}
