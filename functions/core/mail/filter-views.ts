// Mail rendering -> filter views: the filter address with the Gmail and Outlook steps that make an
// employer's mail reach followup, and a provider's forwarding confirmation relayed to the user.
import {
  type FilterSetup,
  type ForwardingConfirmation,
  filterSetupFor,
} from '../filter-forwarding.ts';
import type { Application } from '../model.ts';
import { PADDED_COMMANDS } from './system-views.ts';
import { applicationLine } from './views.ts';

export interface FilterSetupView {
  address: string;
  catches: string;
  gmailSearch: string;
  gmailSteps: string[];
  outlookSteps: string[];
}

const ANY_EMPLOYER = 'the employer’s domain, e.g. @acme.example';

export function filterSetupView(setup: FilterSetup): FilterSetupView {
  const { address } = setup;
  const catches = setup.catches ?? ANY_EMPLOYER;
  const gmailSearch = setup.gmailSearch ?? 'from:(@acme.example)';
  return {
    address,
    catches,
    gmailSearch,
    gmailSteps: [
      `Once: Settings → See all settings → Forwarding and POP/IMAP → Add a forwarding address: ${address}. Gmail mails me a confirmation; I pass its code and link on to you, and you confirm it (I never do).`,
      `Search for ${gmailSearch} → Show search options → Create filter → Forward it to ${address} → Create filter.`,
    ],
    outlookSteps: [
      `Settings → Mail → Rules → Add new rule. Condition: From (or "Sender address includes") ${catches}.`,
      `Action: Forward to ${address}. Choose Forward, not Redirect: a redirect keeps the employer as the sender, and I could not tell it came from you. Save.`,
    ],
  };
}

/** The acknowledgment's filter block, or null when the mail has no filter address. */
export function acknowledgmentFilter(application: Application, filterAddress?: string) {
  return filterAddress ? filterSetupView(filterSetupFor(filterAddress, application)) : null;
}

/** `filter`, or a relayed confirmation: the steps per open application, the confirmation first. */
export function filterMailView(input: {
  address: string;
  applications: Application[];
  confirmation: ForwardingConfirmation | null;
}) {
  const { confirmation } = input;
  const employers = input.applications.map((application) => ({
    label: applicationLine(application).label,
    ...filterSetupView(filterSetupFor(input.address, application)),
  }));
  return {
    address: input.address,
    confirmation: confirmation
      ? {
          provider: confirmation.provider,
          code: confirmation.code ?? 'none given',
          link: confirmation.link ?? 'none given',
          forwardTo: confirmation.forwardTo,
          elsewhere: confirmation.notTheFilterAddress
            ? `It was asked for ${confirmation.forwardTo}, not your filter address: mail forwarded there is not read. Add ${input.address} instead.`
            : null,
        }
      : null,
    employers,
    generic:
      employers.length === 0 ? filterSetupView({ ...filterSetupFor(input.address, null) }) : null,
    commands: PADDED_COMMANDS,
  };
}
