import { getRouteApi } from '@tanstack/react-router';
import { ProjectDetailPage } from '../features/projects/ProjectDetailPage';

const projectRecordRoute = getRouteApi('/projects/$projectId');

/** `/projects/$projectId`: the record of the project the path names. */
export function ProjectRecordRoute() {
  const { projectId } = projectRecordRoute.useParams();
  return <ProjectDetailPage projectId={projectId} />;
}
