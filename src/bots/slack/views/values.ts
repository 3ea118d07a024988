type StateValues = Record<
  string,
  Record<string, { value?: string | null; selected_option?: { value: string } | null }>
>

/** The value of input block `block` (action id `value`): typed text or the chosen option. */
export function inputValue(values: StateValues, block: string): string {
  const input = values[block]?.value
  return (input?.selected_option?.value ?? input?.value ?? '').trim()
}
