import { useWorkbench } from '../../renderer/stores/workbench.ts';
export const y = useWorkbench;
