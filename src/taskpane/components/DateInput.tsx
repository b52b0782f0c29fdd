import { Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatUk, parseDateText } from "../date-text";
import { parseIsoDate } from "../../plan/dates";

const useStyles = makeStyles({ input: { minWidth: 0, width: "100%" } });

/**
 * A date typed as `dd/mm/yyyy`. `value` is an ISO date (or any text the parent keeps when the
 * typing is not a date yet); `onChange` gets the ISO date, or the typed text when it is not a
 * real date, so the parent's own check can say what is wrong.
 */
export function DateInput(props: { value: string; onChange: (value: string) => void; id?: string; "aria-describedby"?: string }) {
  const styles = useStyles();
  const shown = (value: string) => (parseIsoDate(value) ? formatUk(value) : value);
  const [text, setText] = useState(() => shown(props.value));
  // A new value from outside (another view changed the date) replaces what is shown, unless it is
  // what the text already says.
  useEffect(() => {
    setText((t) => ((parseDateText(t) ?? t) === props.value ? t : shown(props.value)));
  }, [props.value]);
  return (
    <Input
      className={styles.input}
      id={props.id}
      aria-describedby={props["aria-describedby"]}
      value={text}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      onChange={(_, data) => {
        setText(data.value);
        props.onChange(parseDateText(data.value) ?? data.value);
      }}
    />
  );
}
