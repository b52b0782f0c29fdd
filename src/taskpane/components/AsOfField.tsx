import { Field, makeStyles } from "@fluentui/react-components";
import { useAsOf } from "../as-of";
import { DateInput } from "./DateInput";

const useStyles = makeStyles({ field: { maxWidth: "14em" } });

/** The pane's "As at" date, above the views judged as at it (its own chunk: see view-chunks.ts). */
export function AsOfField() {
  const styles = useStyles();
  const { asOf, date, setAsOf } = useAsOf();
  return (
    <Field
      className={styles.field}
      label="As at"
      orientation="horizontal"
      validationState={date ? "none" : "error"}
      validationMessage={date ? undefined : "Enter a real date, dd/mm/yyyy."}
    >
      <DateInput value={asOf} onChange={setAsOf} />
    </Field>
  );
}

export default AsOfField;
