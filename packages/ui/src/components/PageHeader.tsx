import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's only `<h1>`; it should match the start of the document `<title>`. */
  title: ReactNode;
  lead?: ReactNode;
  /** Above the title: breadcrumb or back link. */
  before?: ReactNode;
  /** Below the lead: page actions. */
  children?: ReactNode;
  titleId?: string;
}

export function PageHeader({ title, lead, before, children, titleId }: PageHeaderProps) {
  return (
    <div className="rf-page-header">
      {before ? <div className="rf-page-header__before">{before}</div> : null}
      <h1 className="rf-page-header__title" id={titleId}>
        {title}
      </h1>
      {lead ? <p className="rf-page-header__lead">{lead}</p> : null}
      {children ? <div className="rf-page-header__actions">{children}</div> : null}
    </div>
  );
}
