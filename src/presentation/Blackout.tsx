import { useI18n } from '../i18n/I18nProvider';

/** A black screen over everything; a click (or, handled by the page, any key) brings it back. */
export function Blackout({ onReturn }: { onReturn: () => void }) {
  const { t } = useI18n();
  return (
    <div className="presentation-blackout" onClick={onReturn}>
      <p role="status" className="visually-hidden">
        {t.present.blackedOut}
      </p>
    </div>
  );
}
