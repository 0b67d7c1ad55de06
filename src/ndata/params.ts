import { foldCase } from './fold.ts';
import type { FilterMember, ResourceDescription } from './resource.ts';


/** The request's parameters, grouped by what they mean. */
export interface CollectedParams {
  /** First value only: later values of `$skip`, `$take`, `$count` are not read (as ASP.NET binds them). */
  skip: string | undefined;
  take: string | undefined;
  count: string | undefined;
  /** Every `$sort` value, in request order: they add up. */
  sort: string[];
  /** Every value of each filter member, in request order: they add up. */
  filters: Map<FilterMember, string[]>;
  ignored: string[];
}

/** Groups parameters by name, ignoring ASCII case; anything unknown goes to `ignored`. */
export function collectParams(params: URLSearchParams, resource: ResourceDescription): CollectedParams {
  const members = new Map<string, FilterMember>();
  for (const member of resource.filters) {
    const folded = foldCase(member.name);
    if (!members.has(folded)) members.set(folded, member);
  }
  const out: CollectedParams = {
    skip: undefined,
    take: undefined,
    count: undefined,
    sort: [],
    filters: new Map(),
    ignored: [],
  };
  for (const [name, value] of params) {
    const folded = foldCase(name);
    switch (folded) {
      case '$skip':
        out.skip ??= value;
        continue;
      case '$take':
        out.take ??= value;
        continue;
      case '$count':
        out.count ??= value;
        continue;
      case '$sort':
        out.sort.push(value);
        continue;
    }
    const member = members.get(folded);
    if (member) {
      const values = out.filters.get(member);
      if (values) values.push(value);
      else out.filters.set(member, [value]);
    } else if (!out.ignored.includes(name)) {
      out.ignored.push(name);
    }
  }
  return out;
}
