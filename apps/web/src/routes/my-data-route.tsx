import { MyDataView } from '../features/privacy/components/my-data-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function MyDataRoute() {
  useDocumentTitle('Mes données');
  return (
    <>
      <h1>Mes données</h1>
      <MyDataView />
    </>
  );
}
