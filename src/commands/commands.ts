/**
 * The ribbon's function file. Every button is a ShowTaskpane action, so there is nothing to
 * associate yet; this page only has to load and tell Office it is ready. An ExecuteFunction button
 * added later registers here with `Office.actions.associate(id, handler)` and its handler must call
 * `event.completed()`.
 */
Office.onReady(() => {
  // Nothing to register.
});
