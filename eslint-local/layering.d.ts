import type { ESLint, Rule } from 'eslint'

export const ALLOWED: Record<'shared' | 'core' | 'backend' | 'main' | 'host' | 'cli' | 'preload' | 'renderer', string[]>
export const layering: Rule.RuleModule
declare const plugin: ESLint.Plugin
export default plugin
