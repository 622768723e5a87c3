import { useEffect, useRef } from 'react';

interface ConfirmButtonsProps {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/**
 * A question asked in place before a deletion, « Oui » focused so that Enter confirms and Escape
 * (or « Non ») keeps things as they are.
 */
export function ConfirmButtons({ question, yes, no, onYes, onNo }: ConfirmButtonsProps) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="settings-confirm" role="group" aria-label={question} onKeyDown={(event) => event.key === 'Escape' && onNo()}>
      <p>{question}</p>
      <button ref={confirm} type="button" className="danger" onClick={onYes}>{yes}</button>
      <button type="button" onClick={onNo}>{no}</button>
    </div>
  );
}
