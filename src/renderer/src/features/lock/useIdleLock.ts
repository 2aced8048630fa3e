import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5000;

interface IdleLockOptions {
  enabled: boolean;
  minutes: number;
  onIdle: () => void;
}

/**
 * Calls onIdle after `minutes` without mouse or keyboard input in this window. The main
 * process also locks on OS idle, suspend and screen lock; this covers a window left open
 * while the user works in another program.
 */
export function useIdleLock({ enabled, minutes, onIdle }: IdleLockOptions): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled) return;
    let lastActivity = Date.now();
    const touch = () => {
      lastActivity = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) {
        lastActivity = Date.now();
        onIdleRef.current();
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
    };
  }, [enabled, minutes]);
}
