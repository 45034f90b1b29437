/**
 * The current step in large type. Every step of the technique is laid in the same grid cell, the
 * others invisible, so the box is always as tall as the longest step (in the current language)
 * and nothing below it jumps when the step changes.
 */
export const StepText = ({ texts, current }: { texts: readonly string[]; current: number }) => (
  <div className="step-box">
    {texts.map((text, index) =>
      index === current ? (
        <p key={index} className="step" aria-live="polite" data-testid="step">
          {text}
        </p>
      ) : (
        <p key={index} className="step step-ghost" aria-hidden="true">
          {text}
        </p>
      ),
    )}
  </div>
);
