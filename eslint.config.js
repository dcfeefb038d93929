// Regular expressions are checked for super-linear backtracking and moves:
// guides are untrusted input, and one backtracking pattern can hang a run.
// Only regexp rules run here (formatting and style are tsc's and review's).
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'tests/**'] },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts', 'bin/**/*.js', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-unicode-character': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-dupe-disjunctions': 'error',
    },
  },
];
