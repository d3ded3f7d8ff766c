/**
 * The first run, step by step (see firstRunFlow.ts): welcome, who is here, passphrases, sealing, recovery
 * keys. Owns the flow's state; nothing is written until every field is valid and sealing starts, and the
 * journal opens only after the last recovery key was kept.
 */
import { useReducer, useState } from 'react';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { firstRunReducer, initialFirstRun, stepNumber, type FirstRunState } from './firstRunFlow';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryStep } from './RecoveryStep';
import { SealingStep } from './SealingStep';
import { WelcomeStep } from './WelcomeStep';
import { WhoStep } from './WhoStep';

export function FirstRunScreen() {
  const { createVault, finishFirstRun } = useVaultControls();
  const [state, dispatch] = useReducer(firstRunReducer, initialFirstRun);
  const [isOpening, setIsOpening] = useState(false);
  const { step, people } = state;
  const progress = stepNumber(step, Boolean(people?.b));
  const eyebrow = progress ? `Step ${progress.current} of ${progress.total}` : '';

  const seal = async (sealing: FirstRunState) => {
    const { a, b } = sealing.passphrases;
    if (!sealing.people || a === undefined) return;
    try {
      const recoveryKeys = await createVault({ partners: sealing.people, passphrases: { a, ...(b !== undefined ? { b } : {}) } });
      dispatch({ type: 'sealed', recoveryKeys });
    } catch (error) {
      console.warn('Creating the vault failed', error instanceof Error ? error.name : 'unknown');
      dispatch({ type: 'seal-failed' });
    }
  };

  const choosePassphrase = (partner: 'a' | 'b', passphrase: string) => {
    const event = { type: 'passphrase-chosen', partner, passphrase } as const;
    const next = firstRunReducer(state, event);
    dispatch(event);
    if (next.step.kind === 'sealing') void seal(next);
  };

  const keepKey = (partner: 'a' | 'b') => {
    const next = firstRunReducer(state, { type: 'key-kept', partner });
    if (next.step.kind !== 'done') return dispatch({ type: 'key-kept', partner });
    setIsOpening(true);
    void finishFirstRun();
  };

  switch (step.kind) {
    case 'welcome':
      return <WelcomeStep onBegin={() => dispatch({ type: 'begin' })} />;
    case 'who':
      return <WhoStep eyebrow={eyebrow} initial={people} onChosen={(chosen) => dispatch({ type: 'people-chosen', people: chosen })} onBack={() => dispatch({ type: 'back' })} />;
    case 'passphrase':
      return people ? (
        <PassphraseStep
          key={step.partner}
          eyebrow={eyebrow}
          partner={step.partner}
          people={people}
          otherPassphrase={step.partner === 'b' ? state.passphrases.a : undefined}
          didSealFail={state.didSealFail}
          onChosen={(passphrase) => choosePassphrase(step.partner, passphrase)}
          onBack={() => dispatch({ type: 'back' })}
        />
      ) : null;
    case 'sealing':
      return <SealingStep eyebrow={eyebrow} />;
    case 'done':
      return null;
    case 'recovery': {
      const recoveryKey = state.recoveryKeys?.[step.partner];
      return people && recoveryKey ? (
        <RecoveryStep
          key={step.partner}
          eyebrow={eyebrow}
          partner={step.partner}
          people={people}
          recoveryKey={recoveryKey}
          isOpening={isOpening}
          onKept={() => keepKey(step.partner)}
        />
      ) : null;
    }
  }
}
