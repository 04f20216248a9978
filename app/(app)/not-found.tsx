import { NotFoundPanel } from "@/components/notes/not-found-panel";

/** A record that does not exist or is not the viewer's to see, shown inside the app's navigation. */
export default function AppNotFound() {
  return <NotFoundPanel />;
}
