// Lint rules: the recommended sets of ESLint and typescript-eslint, with the few
// rules this codebase deliberately departs from turned off (reasons beside each).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/amqp/codec/generated.ts',
      'src/kafka/codec/generated/',
      'src/resp/codec/commands.generated.ts',
      'src/sqs/codec/*.generated.ts',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly' } },
    rules: {
      // non-null assertions mark invariants the type system cannot see (e.g. a checked index)
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `for (;;)` loops that return from inside are the clearest form for parsers
      'no-constant-condition': ['error', { checkLoops: false }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
);
