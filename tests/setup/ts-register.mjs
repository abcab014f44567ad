// `node --import` this file to run TypeScript modules (worker threads of the tests, see ts-hooks.mjs).
import { register } from 'node:module';

register(new URL('./ts-hooks.mjs', import.meta.url));
