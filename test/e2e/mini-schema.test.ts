import { describe, expect, it } from 'vitest';
import { checkJsonSchema } from './mini-schema.js';

const schema = {
  $ref: '#/$defs/R',
  $defs: {
    R: {
      type: 'object',
      required: ['id', 'span'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: '^\\d+$' },
        span: { type: 'array', prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0 }], minItems: 2, maxItems: 2 },
        kind: { type: 'string', enum: ['a', 'b'] },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        tag: { const: 'x' },
      },
    },
  },
};

describe('checkJsonSchema', () => {
  it('accepts a conforming value', () => expect(checkJsonSchema(schema, { id: '1', span: [0, 2], kind: 'a', note: null, tag: 'x' })).toEqual([]));
  it('a missing property', () => expect(checkJsonSchema(schema, { id: '1' })).toEqual(['$: missing span']));
  it('an extra property', () => expect(checkJsonSchema(schema, { id: '1', span: [0, 1], more: 1 })).toEqual(['$: unexpected property more']));
  it('a wrong type', () => expect(checkJsonSchema(schema, { id: 1, span: [0, 1] })).toEqual(['$.id: expected string, got integer']));
  it('a pattern', () => expect(checkJsonSchema(schema, { id: 'x', span: [0, 1] })).toEqual(['$.id: does not match ^\\d+$']));
  it('an enum', () => expect(checkJsonSchema(schema, { id: '1', span: [0, 1], kind: 'c' })).toEqual(['$.kind: "c" not in enum']));
  it('a minimum inside prefixItems', () => expect(checkJsonSchema(schema, { id: '1', span: [-1, 1] })).toEqual(['$.span[0]: below 0']));
  it('maxItems', () => expect(checkJsonSchema(schema, { id: '1', span: [0, 1, 2] })).toEqual(['$.span: more than 2 items']));
  it('anyOf', () => expect(checkJsonSchema(schema, { id: '1', span: [0, 1], note: 3 })).toEqual(['$.note: 0 of the anyOf alternatives match']));
  it('const', () => expect(checkJsonSchema(schema, { id: '1', span: [0, 1], tag: 'y' })).toEqual(['$.tag: expected "x"']));
  it('an integer is a number', () => expect(checkJsonSchema({ type: 'number' }, 3)).toEqual([]));
  it('a fraction is not an integer', () => expect(checkJsonSchema({ type: 'integer' }, 1.5)).toEqual(['$: expected integer, got number']));
  it('an unresolvable ref', () => expect(checkJsonSchema({ $ref: '#/$defs/Nope' }, 1)).toEqual(['$: unresolvable $ref #/$defs/Nope']));
});
