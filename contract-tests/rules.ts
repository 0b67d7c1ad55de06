/**
 * Where each check's rule is written down: a stable anchor of docs/behaviour.md or a heading of
 * docs/ndata.md for the behaviour, or the checks table of docs/contract-tests.md for rules that are the
 * spec itself. The HTML report links each check there; rules.test.ts proves every anchor exists.
 */
const RULE_DOCS: Readonly<Record<string, string>> = {
  operations_succeed: 'docs/behaviour.md#endpoints',
  status_code_conformance: 'docs/contract-tests.md#the-checks',
  content_type_conformance: 'docs/contract-tests.md#the-checks',
  response_schema_conformance: 'docs/contract-tests.md#the-checks',
  problem_media_type: 'docs/behaviour.md#problem-body',
  auth_missing_token_rejected: 'docs/behaviour.md#token-rejected',
  auth_garbage_token_rejected: 'docs/behaviour.md#token-rejected',
  bad_credentials_rejected: 'docs/behaviour.md#login-credentials',
  nws4_tampered_body_rejected: 'docs/behaviour.md#nws4-body-hash',
  nws4_stale_timestamp_rejected: 'docs/behaviour.md#nws4-time-window',
  nws4_unknown_key_rejected: 'docs/behaviour.md#api-key-refused',
  unknown_session_not_found: 'docs/behaviour.md#get-session',
  malformed_ndata_rejected: 'docs/behaviour.md#ndata-lists',
  validation_member_names: 'docs/behaviour.md#ndata-lists',
  count_matches_items: 'docs/behaviour.md#list-sessions',
  take_bounds_page: 'docs/ndata.md#paging-skip-and-take',
  skip_pages_join: 'docs/ndata.md#paging-skip-and-take',
  total_count_exact: 'docs/ndata.md#paging-skip-and-take',
  count_only_no_items: 'docs/behaviour.md#count-only',
  count_only_totals: 'docs/behaviour.md#count-only',
  sort_top_level: 'docs/ndata.md#sorting-sort',
  sort_dotted_keys: 'docs/ndata.md#sorting-sort',
  sort_order_exact: 'docs/ndata.md#sorting-sort',
  filter_gt_lt: 'docs/ndata.md#filtering-memberoperationoperation',
  filter_eq_selects_one: 'docs/ndata.md#filtering-memberoperationoperation',
  filter_in_selects_exactly: 'docs/ndata.md#filtering-memberoperationoperation',
  filter_neq_complement: 'docs/ndata.md#filtering-memberoperationoperation',
  fuzz_matches_reference: 'docs/behaviour.md#ndata-lists',
  probe: 'docs/contract-tests.md#the-checks',
  lifecycle_own_session: 'docs/behaviour.md#delete-session',
  deleted_session_not_found: 'docs/behaviour.md#delete-session',
  deleted_token_rejected: 'docs/behaviour.md#deleted-session-token-rejected',
  logout_ends_session: 'docs/behaviour.md#logout',
  // The checks every listable resource gets, by their name without `[collection]`.
  ndata_paging_skip: 'docs/ndata.md#paging-skip-and-take',
  ndata_paging_take: 'docs/ndata.md#paging-skip-and-take',
  ndata_sorting: 'docs/ndata.md#sorting-sort',
  ndata_filtering: 'docs/ndata.md#filtering-memberoperationoperation',
  ndata_count: 'docs/behaviour.md#count-only',
  ndata_malformed_rejected: 'docs/behaviour.md#ndata-lists',
  item_lookup: 'docs/contract-tests.md#every-resource',
  unknown_key_not_found: 'docs/contract-tests.md#every-resource',
  resource_writes: 'docs/behaviour.md#resource-create',
  resource_write_errors: 'docs/behaviour.md#resource-create',
  resource_version_conflict: 'docs/behaviour.md#resource-versions',
};

/** A per-resource check's name without its collection: `ndata_paging_skip[devices]` → `ndata_paging_skip`. */
export function ruleName(checkName: string): string {
  return checkName.replace(/\[[^\]]*\]$/, '');
}

/** Where a check's rule is written down (per-resource checks share their rule). */
export function ruleDoc(checkName: string): string | undefined {
  return RULE_DOCS[checkName] ?? RULE_DOCS[ruleName(checkName)];
}
