/** A labelled progress bar; `value` null means « in progress, amount unknown ». */
export function ProgressBar({ label, value }: { label: string; value: number | null }) {
  return (
    <div className="progress">
      <span>{label}</span>
      <progress max={100} {...(value === null ? {} : { value })} aria-label={label} />
    </div>
  );
}
