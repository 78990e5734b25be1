import type { Plugin } from 'vite';
export function minifyTemplateLiterals(source: string): string;
export function minifyLiteralsPlugin(): Plugin;
