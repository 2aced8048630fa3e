import type { SVGProps } from 'react';

/** Training-addressable: a mortarboard, drawn inline (the app loads nothing from outside its bundle). */
export function TrainingIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
      {...props}
    >
      <path d="M2 9l10-5 10 5-10 5z" />
      <path d="M6 11v5c3 2 9 2 12 0v-5" />
      <path d="M22 9v6" />
    </svg>
  );
}
