import type { SVGProps } from 'react';

/** Small line icons drawn inline: the app loads nothing from outside its bundle. */
function Icon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
      {...props}
    />
  );
}

export function PlusIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <Icon {...props}>
      <path d="M12 5v14M5 12h14" />
    </Icon>
  );
}

export function ChevronIcon({ expanded, ...props }: SVGProps<SVGSVGElement> & { expanded: boolean }) {
  return (
    <Icon
      {...props}
      style={{ transition: 'transform 150ms ease', transform: expanded ? 'rotate(90deg)' : 'none', flexShrink: 0 }}
    >
      <path d="M9 6l6 6-6 6" />
    </Icon>
  );
}
