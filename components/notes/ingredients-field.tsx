import { INGREDIENTS, INGREDIENT_LABELS, type Ingredient } from "@/lib/domain/intimacy";
import { HINT, LEGEND } from "@/components/notes/styles";

/** Ingredients of intimacy (strengths) seen in the session. */
export function IngredientsField({ value, onChange }: { value: Ingredient[]; onChange: (v: Ingredient[]) => void }) {
  return (
    <fieldset>
      <legend className={LEGEND}>Ingredients present</legend>
      <p className={HINT}>Strengths the clients showed in this session.</p>
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {INGREDIENTS.map((item) => (
          <label key={item} className="flex items-center gap-2">
            <input type="checkbox" checked={value.includes(item)} className="h-4 w-4 accent-brand-600"
              onChange={(e) => onChange(e.target.checked ? [...value, item] : value.filter((i) => i !== item))} />
            {INGREDIENT_LABELS[item]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
