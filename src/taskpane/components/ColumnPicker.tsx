import { Dropdown, makeStyles, Option } from "@fluentui/react-components";
import { choiceText, type ColumnChoice } from "../column-choices";

const NOT_USED = "none";

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: "100%" },
});

/** Chooses the column that holds one field; the first option leaves the field unmapped. */
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
    <Dropdown
      className={styles.dropdown}
      aria-labelledby={props.labelledBy}
      value={selected ? choiceText(selected) : props.emptyLabel}
      selectedOptions={[selected ? selected.letter : NOT_USED]}
      onOptionSelect={(_, data) => {
        const letter = data.optionValue === NOT_USED ? "" : (data.optionValue ?? "");
        if (letter !== (props.value ?? "")) props.onChange(letter);
      }}
    >
      <Option value={NOT_USED}>{props.emptyLabel}</Option>
      {props.choices.map((c) => (
        <Option key={c.letter} value={c.letter} text={choiceText(c)}>
          {choiceText(c)}
        </Option>
      ))}
    </Dropdown>
  );
}
