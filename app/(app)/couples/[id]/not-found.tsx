import { NotFoundPanel } from "@/components/notes/not-found-panel";

export default function CoupleNotFound() {
  return <NotFoundPanel />;
}
