import { type ComponentType, createContext, type ReactNode, useContext } from 'react';

/** What our components pass to a link: a plain `href`, never a router-specific `to`. */
export interface LinkComponentProps {
  href: string;
  className?: string;
  'aria-current'?: 'page' | 'true';
  /** The ids of what describes the link (the counts beside it in `GroupedNav`). */
  'aria-describedby'?: string;
  children: ReactNode;
}

function PlainLink({ href, children, ...rest }: LinkComponentProps) {
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

const LinkContext = createContext<ComponentType<LinkComponentProps>>(PlainLink);

export interface LinkProviderProps {
  /**
   * The component that renders navigation links (e.g. a wrapper around React Router's `<Link to={href}>`).
   * It must render an `<a href>` so that links work without JavaScript. Defaults to a plain `<a>`.
   */
  component: ComponentType<LinkComponentProps>;
  children: ReactNode;
}

export function LinkProvider({ component, children }: LinkProviderProps) {
  return <LinkContext.Provider value={component}>{children}</LinkContext.Provider>;
}

/** The link component set by the nearest `LinkProvider`, or a plain `<a>`. */
export function useLinkComponent(): ComponentType<LinkComponentProps> {
  return useContext(LinkContext);
}
