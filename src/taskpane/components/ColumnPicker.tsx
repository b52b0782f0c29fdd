import { makeStyles, Select } from "@fluentui/react-components";
import { choiceText, type ColumnChoice } from "../column-choices";

const NOT_USED = "none";

const useStyles = makeStyles({
  select: { minWidth: 0, width: "100%" },
});

/**
 * Chooses the column that holds one field; the first option leaves the field unmapped. A native
 * select (Fluent's Select): the plan view is the pane's first view, and Fluent's Dropdown with its
 * popup positioning would be a sixth of everything that view downloads.
 */
export function ColumnPicker(props: {
  /** Id of the element naming the field (its row header). */
  labelledBy: string;
  choices: ColumnChoice[];
  /** The mapped column letter, or undefined when the field was not found. */
  value: string | undefined;
  /** What the unmapped choice is called ("Not used", "From heading rows"). */
  emptyLabel: string;
  onChange: (letter: string) => void;
}) {
  const styles = useStyles();
  const selected = props.choices.find((c) => c.letter === props.value);
  return (
    <Select
      className={styles.select}
      aria-labelledby={props.labelledBy}
      value={selected ? selected.letter : NOT_USED}
      onChange={(_, data) => {
        const letter = data.value === NOT_USED ? "" : data.value;
        if (letter !== (props.value ?? "")) props.onChange(letter);
      }}
    >
      <option value={NOT_USED}>{props.emptyLabel}</option>
      {props.choices.map((c) => (
        <option key={c.letter} value={c.letter}>
          {choiceText(c)}
        </option>
      ))}
    </Select>
  );
}
