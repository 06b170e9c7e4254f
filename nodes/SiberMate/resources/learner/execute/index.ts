export { createMany } from './createMany';
export { deleteMany } from './deleteMany';
