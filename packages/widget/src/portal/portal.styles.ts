import { css } from 'lit';

/** Layout of `<helpdock-portal>`: the conversation list beside the conversation on wide screens. */
export const portalStyles = css`
  .layout {
    display: grid;
    gap: 16px;
  }
  @media (min-width: 760px) {
    .layout.with-list {
      grid-template-columns: minmax(220px, 300px) 1fr;
      align-items: start;
    }
  }
  @media (max-width: 759px) {
    .layout.with-list.showing-thread .threads {
      display: none;
    }
  }
  .thread-title {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-block-end: 8px;
  }
  .thread-title h2 {
    margin: 0;
    font-size: 1.0625rem;
    flex: 1;
    overflow-wrap: anywhere;
  }
  .conversation {
    display: flex;
    flex-direction: column;
    gap: 12px;
    min-inline-size: 0;
  }
  @media (min-width: 760px) {
    .back {
      display: none;
    }
  }
`;
