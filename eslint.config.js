// Regular expressions are checked for super-linear backtracking and moves:
// guides are untrusted input, and one backtracking pattern can hang a run.
// typescript-eslint's recommended rules (syntax only, no type information,
// to stay fast) run on the sources and the tests. Formatting is not checked here.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'tests/tmp/**'] },
  {
    files: ['**/*.ts', '**/*.js'],
    extends: [tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      // A leading `_` names what a signature or a destructuring must hold but the code does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The registry's `Rule` union holds rules of every option shape; `any` is its one deliberate use.
    files: ['src/rule.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts', 'bin/**/*.js', 'scripts/**/*.js', 'bench/**/*.js'],
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
);
