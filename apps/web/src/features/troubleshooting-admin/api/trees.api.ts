import type { FaultCategory, SaveTroubleshootingTreeRequest, TroubleshootingTreeVersionList, TroubleshootingTreeView } from '@pos/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const BASE = '/api/admin/troubleshooting-trees';

export function fetchTrees(signal?: AbortSignal): Promise<TroubleshootingTreeView[]> {
  return apiClient.get<TroubleshootingTreeView[]>(BASE, { signal });
}

export function fetchTreeVersions(category: FaultCategory, signal?: AbortSignal): Promise<TroubleshootingTreeVersionList> {
  return apiClient.get<TroubleshootingTreeVersionList>(`${BASE}/${encodeURIComponent(category)}/versions`, { signal });
}

/** Saves a new version, which is the one in use from then on; earlier versions stay (walks refer to them). */
export function saveTree(category: FaultCategory, body: SaveTroubleshootingTreeRequest): Promise<TroubleshootingTreeView> {
  return apiClient.put<TroubleshootingTreeView>(`${BASE}/${encodeURIComponent(category)}`, body);
}

export const treesQueryOptions = () =>
  queryOptions({ queryKey: ['troubleshooting-admin', 'trees'] as const, queryFn: ({ signal }) => fetchTrees(signal) });

export const treeVersionsQueryOptions = (category: FaultCategory) =>
  queryOptions({ queryKey: ['troubleshooting-admin', 'versions', category] as const, queryFn: ({ signal }) => fetchTreeVersions(category, signal) });

/** The version in use of every category's tree. */
export function useTrees() {
  return useQuery(treesQueryOptions());
}

export function useTreeVersions(category: FaultCategory) {
  return useQuery(treeVersionsQueryOptions(category));
}

export function useSaveTree(category: FaultCategory) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveTroubleshootingTreeRequest) => saveTree(category, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['troubleshooting-admin'] }),
  });
}
