import { FORMAT_LABELS, NOTE_FORMATS, SECTION_LABELS, sectionKeys, switchFormat, type NoteFormat, type Sections } from "@/lib/domain/note-format";
import { HINT, INPUT, LABEL, LEGEND } from "@/components/notes/styles";

/** The note's format and its sections; switching format carries every word across. */
export function SectionsField({ format, sections, onChange }: {
  format: NoteFormat;
  sections: Sections;
  onChange: (change: { format: NoteFormat; sections: Sections }) => void;
}) {
  return (
    <fieldset>
      <legend className={LEGEND}>Session note</legend>
      <div className="mt-2 max-w-md">
        <label htmlFor="note-format" className={LABEL}>Format</label>
        <select id="note-format" className={INPUT} value={format}
          onChange={(e) => {
            const next = e.target.value as NoteFormat;
            onChange({ format: next, sections: switchFormat(sections, next) });
          }}>
          {NOTE_FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
        </select>
        <p className={HINT}>Changing format keeps your text: sections with no match move into the first one.</p>
      </div>
      <div className="mt-3 grid gap-3">
        {sectionKeys(format).map((key) => (
          <div key={key}>
            <label htmlFor={`section-${key}`} className={LABEL}>{SECTION_LABELS[key] ?? key}</label>
            <textarea id={`section-${key}`} rows={key === "text" ? 10 : 4} className={INPUT} value={sections[key] ?? ""}
              onChange={(e) => onChange({ format, sections: { ...sections, [key]: e.target.value } })} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
