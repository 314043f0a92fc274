export function firstElements(dic: string): string[]
export function render(): string
